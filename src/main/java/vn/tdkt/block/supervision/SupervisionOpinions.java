package vn.tdkt.block.supervision;

import org.springframework.stereotype.Service;
import vn.tdkt.block.cycle.BlockCycleRepository;

/**
 * The supervising member's opinion on a block's suy tôn result as one line the council reads next to the block's
 * candidates (a proposal a block started carries its cycle's key, blockCycleKey).
 */
@Service
public class SupervisionOpinions {

    private final SupervisionRecords records;
    private final BlockSupervisors supervisors;
    private final BlockCycleRepository cycles;

    public SupervisionOpinions(SupervisionRecords records, BlockSupervisors supervisors, BlockCycleRepository cycles) {
        this.records = records;
        this.supervisors = supervisors;
        this.cycles = cycles;
    }

    /** The line for a proposal started by the block cycle {@code cycleKey}; empty text when it came from no block. */
    public String line(String cycleKey) {
        if (cycleKey == null || cycleKey.isBlank()) {
            return "";
        }
        return records.opinion(cycleKey).map(o -> {
            String who = o.recordedBy() == null ? "" : supervisors.fullName(o.recordedBy());
            String label = SupervisionAnswers.Opinion.valueOf(o.outcome()).label();
            return label + (o.remarks() == null ? "" : ": " + o.remarks()) + (who.isEmpty() ? "" : " (" + who + ")");
        }).orElseGet(() -> cycles.find(cycleKey).flatMap(c -> supervisors.supervisor(c.blockId(), c.year()))
                .map(s -> "Chưa có ý kiến của " + supervisors.fullName(s))
                .orElse("Khối chưa được phân công thành viên Hội đồng phụ trách"));
    }
}
