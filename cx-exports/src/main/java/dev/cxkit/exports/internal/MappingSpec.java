package dev.cxkit.exports.internal;

/** Stub. */
public final class MappingSpec {
    private MappingSpec() {
    }

    /** @param text t @param source s @return spec */
    public static MappingSpec parse(String text, String source) {
        return new MappingSpec();
    }
}
