package dev.cxkit.flink.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * What the jobs' {@code main} methods share: {@code --option value} pairs and the environment. Stateless.
 *
 * <p>Kept rather than Flink's {@code MultipleParameterTool}, which takes any {@code --key}, gives an
 * option without a value a marker value instead of an error, and reads a value that starts with a dash
 * (such as {@code -PT1H}) as the next key: the jobs' errors for a misspelt option, a missing value or a
 * negative duration would be lost or would need as much code again around it.
 */
public final class JobArgs {

    private JobArgs() {
    }

    /**
     * Hands each {@code --option value} pair to the handler of its option.
     *
     * @param args the command-line arguments
     * @param options the handler of each option, in the order the message for an unknown one lists them
     * @throws IllegalArgumentException for an option without a value or one not in {@code options}
     */
    public static void parse(String[] args, Map<String, Consumer<String>> options) {
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("The option " + option + " needs a value.");
            }
            String value = args[++i];
            Consumer<String> handler = options.get(option);
            if (handler == null) {
                throw new IllegalArgumentException("Unknown option (" + option + "). Known: "
                        + String.join(", ", options.keySet()) + ".");
            }
            handler.accept(value);
        }
    }

    /**
     * Requires at least one {@code --input}.
     *
     * @param inputs the inputs given
     * @param example the arguments of a working call, for the hint
     * @throws IllegalArgumentException if there is none
     */
    public static void requireInput(List<String> inputs, String example) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("No --input given.\nMaybe: " + example);
        }
    }

    /**
     * The environment both jobs run in: streaming mode, with object reuse.
     *
     * @return the configured environment of this execution context
     */
    public static StreamExecutionEnvironment streamingEnvironment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.getConfig().enableObjectReuse();
        return env;
    }
}
