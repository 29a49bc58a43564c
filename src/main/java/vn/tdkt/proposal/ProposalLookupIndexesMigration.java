package vn.tdkt.proposal;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.tdkt.schema.JavaSchemaMigration;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * V30: indexes for the lookups every proposal makes, whose cost otherwise grew with the province's years: each read
 * the whole table (measured on PostgreSQL after a simulated year of 5,000 proposals: 1–2.5 ms each, four times that
 * at 20,000; docs/performance.md, "A year later").
 * <ul>
 * <li>a nominee's person by code, compared without case ({@code UPPER(person.code)});</li>
 * <li>another open proposal for the same nominee ({@code UPPER(proposal_nominee.nominee_code)});</li>
 * <li>an agency letter's number used before ({@code UPPER(commendation_proposal.agency_submission_number)});</li>
 * <li>the award records of one proposal's decision ({@code award_record.achievement_ref}).</li>
 * </ul>
 * The case-free lookups need indexes on an expression, which PostgreSQL has and H2 (the demo's database, held in
 * memory) has not: there only the plain index is made.
 */
@Component
public class ProposalLookupIndexesMigration extends JavaSchemaMigration {

    public ProposalLookupIndexesMigration() {
        super("30", "proposal lookup indexes");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX ix_award_record_achievement ON award_record (achievement_ref)");
            if (isPostgres(context.getConnection())) {
                statement.execute("CREATE INDEX ix_person_code_upper ON person (UPPER(code))");
                statement.execute("CREATE INDEX ix_nominee_code_upper ON proposal_nominee (UPPER(nominee_code))");
                statement.execute("CREATE INDEX ix_proposal_agency_number_upper"
                        + " ON commendation_proposal (UPPER(agency_submission_number))");
            }
        }
    }
}
