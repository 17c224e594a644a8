package dev.cxkit.exports.internal;

import java.util.List;

import dev.cxkit.exports.MappingFile;

/** Stub. */
public final class MappedProfile extends Profile {
    private final MappingFile mapping;

    /** @param mapping the mapping */
    public MappedProfile(MappingFile mapping) {
        super("mapped", List.of());
        this.mapping = mapping;
    }

    @Override
    void read(Context context) {
    }

    MappingFile mapping() {
        return mapping;
    }
}
