package dev.cxkit.assist.promise;

/**
 * The answer of a {@link PromiseGuard}: {@link Ok}, {@link AdjustTo} or {@link Refuse}. Callers
 * {@code switch} over it; nothing is signalled by throwing. Immutable and thread-safe.
 */
public sealed interface PromiseVerdict permits Ok, AdjustTo, Refuse {

    /**
     * The facts the verdict rests on.
     *
     * @return the facts
     */
    PromiseFacts facts();
}
