package vn.tdkt.workflow;

import java.lang.reflect.Field;

/**
 * Reads a field of one of the engine's command objects (CompleteTaskCmd's taskId, SetTaskVariablesCmd's variables…),
 * which have no getters. Used only by the project's command interceptors; the engine version is fixed (7.24), and a
 * field that is no longer there fails loudly instead of letting the command through unchecked.
 */
public final class CommandFields {

    private CommandFields() { }

    public static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name
                + ": the engine changed, check the command interceptors of vn.tdkt");
    }
}
