package vn.tdkt.proposal;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import vn.tdkt.eligibility.NomineeHistoryRepository;
import vn.tdkt.eligibility.NomineeRef;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.registry.award.AwardRecordRepository;
import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.AwardTypeRepository;
import vn.tdkt.registry.award.RecipientKind;
import vn.tdkt.rules.LegalParameters;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.YearlySequences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.tdkt.proposal.ProposalVariables.BLOCK_CYCLE_KEY;
import static vn.tdkt.proposal.ProposalVariables.MOVEMENT_ID;
import static vn.tdkt.proposal.ProposalVariables.UNIT_CODE;

/**
 * Checks a new proposal against the registry and records it: the proposing unit (the initiator's own unit, or
 * the unit named by a process that starts the proposal on a unit's behalf), the award type, every nominee
 * (a person of that unit or the unit itself, of the award's recipient kind, not already awarded that year and
 * not in another open proposal), and a business key DNKT-yyyy-nnnnn issued from a per-year sequence.
 */
@Service
public class ProposalStarter {

    private final ProposalRepository proposals;
    private final NomineeHistoryRepository registry;
    private final AwardTypeRepository awardTypes;
    private final AwardRecordRepository awardRecords;
    private final UserProfileRepository profiles;
    private final IdentityService identityService;
    private final PendingBlockProposals blockCycles;
    private final MovementProposals movements;
    private final YearlySequences sequences;
    private final Clock clock;
    private final vn.tdkt.registry.unit.UnitRepository units;

    private final LegalParameters law;

    public ProposalStarter(ProposalRepository proposals, NomineeHistoryRepository registry,
                           AwardTypeRepository awardTypes, AwardRecordRepository awardRecords,
                           UserProfileRepository profiles, IdentityService identityService,
                           PendingBlockProposals blockCycles, MovementProposals movements, YearlySequences sequences,
                           Clock clock, vn.tdkt.registry.unit.UnitRepository units, LegalParameters law) {
        this.law = law;
        this.proposals = proposals;
        this.registry = registry;
        this.awardTypes = awardTypes;
        this.awardRecords = awardRecords;
        this.profiles = profiles;
        this.identityService = identityService;
        this.blockCycles = blockCycles;
        this.movements = movements;
        this.sequences = sequences;
        this.clock = clock;
        this.units = units;
    }

    /** A recorded proposal. */
    public record Started(String businessKey, UnitRef unit, AwardType awardType, String recipientKind,
                          ProposalStartRules.StartInput input, List<NomineeRef> nominees, LocalDate startedOn) { }

    public Started start(Map<String, Object> variables, String initiator, String processInstanceId) {
        LocalDate today = LocalDate.now(clock);
        ProposalStartRules.Result checked = ProposalStartRules.check(variables, today.getYear(),
                law.on(today).achievementYearsBack());
        if (!checked.ok()) {
            throw new InputRejectedException(String.join(" ", checked.problems()));
        }
        ProposalStartRules.StartInput input = checked.input();
        String blockCycleKey = ProposalStartRules.text(variables.get(BLOCK_CYCLE_KEY));
        Long movementId = variables.get(MOVEMENT_ID) instanceof Number n ? n.longValue() : null;
        UnitRef unit = blockCycleKey != null
                ? unitProposedByBlock(blockCycleKey, ProposalStartRules.text(variables.get(UNIT_CODE)), input.awardType())
                : movementId != null
                ? unitProposedByMovement(movementId, ProposalStartRules.text(variables.get(UNIT_CODE)), input.awardType())
                : proposingUnit(initiator, ProposalStartRules.text(variables.get(UNIT_CODE)));
        AwardType type = awardTypes.find(input.awardType()).filter(AwardType::active).orElseThrow(() ->
                new InputRejectedException("Không có hình thức khen thưởng '" + input.awardType()
                        + "' trong danh mục đang áp dụng."));
        if (!type.inForceForYear(input.periodYear())) {
            throw new InputRejectedException("'" + type.name() + "' chỉ áp dụng cho thành tích " + type.periodText()
                    + ", không đề nghị cho thành tích năm " + input.periodYear() + ".");
        }
        AwardRouting.refusal(type, input.commendationKind()).ifPresent(refusal -> {
            throw new InputRejectedException(refusal);
        });
        List<String> problems = new ArrayList<>();
        List<NomineeRef> nominees = new ArrayList<>();
        for (String code : input.nomineeCodes()) {
            Optional<NomineeRef> found = registry.person(code).or(() -> registry.unit(code));
            if (found.isEmpty()) {
                problems.add("Không tìm thấy cá nhân hoặc tập thể có mã '" + code + "'.");
                continue;
            }
            NomineeRef n = found.get();
            if (!n.unitCode().equalsIgnoreCase(unit.code())) {
                problems.add("'" + n.name() + "' (" + n.code() + ") không thuộc " + unit.name()
                        + ": đơn vị chỉ đề nghị cho cá nhân của mình hoặc cho chính đơn vị.");
            } else if (!n.isPerson() && endedRefusal(n.unitCode(), today).isPresent()) {
                problems.add(endedRefusal(n.unitCode(), today).get());
            } else if (!kindAllowed(type.recipientKind(), n)) {
                problems.add("'" + type.name() + "' " + (n.isPerson() ? "chỉ dành cho tập thể" : "chỉ dành cho cá nhân")
                        + ", không đề nghị cho '" + n.name() + "'.");
            } else if (awardRecords.sameAward(type, n.personId(), n.unitId(), input.periodYear(),
                    input.commendationKind()).isPresent()) {
                problems.add("'" + n.name() + "' đã được tặng '" + type.name() + "' năm " + input.periodYear()
                        + " cho cùng thành tích.");
            } else {
                proposals.openProposalFor(n.code(), type, input.periodYear(), input.commendationKind()).ifPresent(other ->
                        problems.add("'" + n.name() + "' đang có trong hồ sơ " + other + " đề nghị cùng hình thức, cùng năm."));
                nominees.add(n);
            }
        }
        if (problems.isEmpty() && nominees.stream().map(NomineeRef::recipientKind).distinct().count() > 1) {
            problems.add("Một hồ sơ đề nghị chỉ gồm cá nhân hoặc chỉ gồm tập thể; hãy lập hai hồ sơ.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        String key = "DNKT-" + today.getYear() + "-" + String.format("%05d", sequences.next(YearlySequences.Sequence.PROPOSAL, today.getYear()));
        proposals.insert(new ProposalRepository.Proposal(key, processInstanceId, unit.id(), unit.code(), unit.name(),
                type.code(), input.commendationKind(), input.periodYear(), input.achievementSummary(),
                ProposalStatus.DRAFT.name(), initiator, Instant.now(clock), null, null, null, null, null, null, null,
                null, null, null, null, null, null));
        if (movementId != null) {
            proposals.linkMovement(key, movementId);
        }
        int seq = 1;
        for (NomineeRef n : nominees) {
            proposals.insertNominee(key, seq++, n.personId(), n.unitId(), n.code(), n.name(), n.positionAndUnit());
        }
        return new Started(key, unit, type, nominees.get(0).recipientKind(), input, nominees, today);
    }

    private Optional<String> endedRefusal(String unitCode, LocalDate today) {
        return units.findByCode(unitCode).flatMap(u -> u.endedRefusal(today));
    }

    /** A proposal the block cycle starts for a unit it elected: only for that unit and award, only once. */
    private UnitRef unitProposedByBlock(String cycleKey, String unitCode, String awardType) {
        if (unitCode == null || !blockCycles.pendingProposal(cycleKey, unitCode, awardType)) {
            throw new InputRejectedException("Khối thi đua (" + cycleKey + ") không có quyết định đề nghị '" + awardType
                    + "' cho đơn vị '" + unitCode + "' đang chờ lập hồ sơ.");
        }
        return profiles.unitByCode(unitCode).orElseThrow();
    }

    /** A proposal a movement's final review starts for a unit it chose: only for that unit and award, only once. */
    private UnitRef unitProposedByMovement(long movementId, String unitCode, String awardType) {
        if (unitCode == null || !movements.pendingProposal(movementId, unitCode, awardType)) {
            throw new InputRejectedException("Phong trào thi đua số " + movementId + " không có đề nghị '" + awardType
                    + "' cho đơn vị '" + unitCode + "' đang chờ lập hồ sơ.");
        }
        return profiles.unitByCode(unitCode).orElseThrow();
    }

    private UnitRef proposingUnit(String initiator, String unitCode) {
        if (initiator == null) {
            // started by another process (the block cycle) on a unit's behalf
            if (unitCode == null) {
                throw new InputRejectedException("Thiếu đơn vị đề nghị (unitCode).");
            }
            return profiles.unitByCode(unitCode).orElseThrow(() ->
                    new InputRejectedException("Không tìm thấy đơn vị có mã '" + unitCode + "'."));
        }
        UnitRef own = profiles.unitOf(initiator).orElseThrow(() -> new InputRejectedException(
                "Tài khoản " + initiator + " chưa được gắn với đơn vị nào: liên hệ quản trị hệ thống."));
        if (unitCode != null && !unitCode.equalsIgnoreCase(own.code())) {
            throw new InputRejectedException("Cán bộ của " + own.name() + " không lập đề nghị thay đơn vị khác.");
        }
        boolean officer = identityService.createUserQuery().userId(initiator)
                .memberOfGroup(Role.UNIT_OFFICER.unitGroupId(own.code())).count() > 0;
        if (!officer) {
            throw new InputRejectedException("Chỉ cán bộ làm công tác TĐKT của đơn vị mới lập đề nghị khen thưởng.");
        }
        return own;
    }

    private static boolean kindAllowed(RecipientKind allowed, NomineeRef n) {
        return allowed == RecipientKind.CA_NHAN_TAP_THE
                || (allowed == RecipientKind.CA_NHAN) == n.isPerson();
    }
}
