package vn.tdkt.performance;

import org.apache.ibatis.ognl.MemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.tdkt.engine.RememberedReadMethods;

import java.lang.reflect.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One read of a property in the engine's SQL conditions, by OGNL's own accessor and by
 * {@link RememberedReadMethods}: {@code mvn -B test -Dtest=EngineConditionReadsBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Properties read through a method not named getX (isOrQueryActive,
 * isHistoricInstancePermissionsEnabled) are the ones OGNL searched for on every read.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class EngineConditionReadsBenchmark {

    private static final int READS = 200_000;

    @Test
    void readsPerProperty() throws Exception {
        MemberAccess all = new MemberAccess() {
            @Override
            public Object setup(OgnlContext c, Object t, Member m, String p) {
                return null;
            }

            @Override
            public void restore(OgnlContext c, Object t, Member m, String p, Object state) {
            }

            @Override
            public boolean isAccessible(OgnlContext c, Object t, Member m, String p) {
                return true;
            }
        };
        AuthorizationCheck check = new AuthorizationCheck();
        Object[][] reads = {{check, "isHistoricInstancePermissionsEnabled"}, {check, "shouldPerformAuthorizatioCheck"},
                {check, "authUserId"}, {new HistoricProcessInstanceQueryImpl(), "isOrQueryActive"},
                {new HistoricProcessInstanceQueryImpl(), "isTenantIdSet"}, {new TaskQueryImpl(), "isOrQueryActive"},
                {new TaskQueryImpl(), "candidateGroups"}};
        PropertyAccessor ognl = new ObjectPropertyAccessor();
        PropertyAccessor remembered = new RememberedReadMethods.Accessor();
        for (int round = 0; round < 4; round++) {
            for (Object[] r : reads) {
                OgnlContext context = Ognl.createDefaultContext(r[0], all);
                long ognlNanos = time(ognl, context, r[0], (String) r[1]);
                long rememberedNanos = time(remembered, context, r[0], (String) r[1]);
                assertThat(remembered.getProperty(context, r[0], r[1])).isEqualTo(ognl.getProperty(context, r[0], r[1]));
                if (round == 3) { // after three rounds of warm-up
                    System.out.printf("BENCHMARK %s.%s: OGNL %,.0f ns, remembered %,.0f ns per read%n",
                            r[0].getClass().getSimpleName(), r[1], ognlNanos / (double) READS,
                            rememberedNanos / (double) READS);
                }
            }
        }
    }

    private static long time(PropertyAccessor accessor, OgnlContext context, Object target, String name)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            accessor.getProperty(context, target, name);
        }
        return System.nanoTime() - start;
    }
}
