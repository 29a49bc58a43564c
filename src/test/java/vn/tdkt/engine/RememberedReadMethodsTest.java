package vn.tdkt.engine;

import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.ExpressionEvaluator;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's SQL conditions read the same values through the remembering accessor as through OGNL's own. */
class RememberedReadMethodsTest {

    private final ExpressionEvaluator conditions = new ExpressionEvaluator();

    @BeforeAll
    static void register() {
        new RememberedReadMethods().preInit(null);
    }

    @Test
    void theAccessorServesPlainObjects() throws Exception {
        assertThat(OgnlRuntime.getPropertyAccessor(AuthorizationCheck.class))
                .isSameAs(RememberedReadMethods.Accessor.INSTANCE);
        assertThat(OgnlRuntime.getPropertyAccessor(HashMap.class)).isNotSameAs(RememberedReadMethods.Accessor.INSTANCE);
    }

    @Test
    void aConditionReadThroughAMethodWithoutGetterNameGivesTheMethodsValue() {
        AuthorizationCheck check = new AuthorizationCheck();
        check.setAuthorizationCheckEnabled(true);
        check.setAuthUserId("canbo.stp");
        check.addAtomicPermissionCheck(new PermissionCheck());
        Map<String, Object> parameter = Map.of("authCheck", check);
        // isHistoricInstancePermissionsEnabled has no getIs... getter: OGNL searched the class's methods each time
        check.setHistoricInstancePermissionsEnabled(true);
        assertThat(conditions.evaluateBoolean("authCheck.isHistoricInstancePermissionsEnabled", parameter)).isTrue();
        check.setHistoricInstancePermissionsEnabled(false);
        assertThat(conditions.evaluateBoolean("authCheck.isHistoricInstancePermissionsEnabled", parameter)).isFalse();
        assertThat(conditions.evaluateBoolean("authCheck.shouldPerformAuthorizatioCheck", parameter)).isTrue();
        check.setAuthorizationCheckEnabled(false);
        assertThat(conditions.evaluateBoolean("authCheck.shouldPerformAuthorizatioCheck", parameter)).isFalse();
    }

    @Test
    void gettersFieldsMapsAndListsReadAsBefore() {
        Holder holder = new Holder();
        assertThat(conditions.evaluateBoolean("name == 'Tây Ninh' and visible and count == 3", holder)).isTrue();
        assertThat(conditions.evaluateBoolean("open", holder)).isTrue(); // a public field, no method
        assertThat(conditions.evaluateBoolean("ids.isEmpty", Map.of("ids", List.of()))).isTrue();
        assertThat(conditions.evaluateBoolean("items.size == 2", Map.of("items", List.of(1, 2)))).isTrue();
        assertThat(conditions.evaluateBoolean("missing == null", new HashMap<>())).isTrue();
    }

    @Test
    void aFailingMethodFailsTheConditionAsBefore() {
        assertThatThrownBy(() -> conditions.evaluateBoolean("broken", new Holder()))
                .isInstanceOf(BuilderException.class);
    }

    @Test
    void aClassIsSearchedOncePerName() {
        var accessor = RememberedReadMethods.Accessor.INSTANCE;
        var first = accessor.readMethod(AuthorizationCheck.class, "shouldPerformAuthorizatioCheck");
        assertThat(first).isPresent();
        assertThat(accessor.readMethod(AuthorizationCheck.class, "shouldPerformAuthorizatioCheck")).isSameAs(first);
        assertThat(accessor.readMethod(Holder.class, "open")).isEmpty();
        assertThat(accessor.readMethod(Holder.class, "count")).map(java.lang.reflect.Method::getName).contains("count");
    }

    public static class Holder {
        public boolean open = true;

        public String getName() {
            return "Tây Ninh";
        }

        public boolean isVisible() {
            return true;
        }

        public int count() {
            return 3;
        }

        public boolean broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }
}
