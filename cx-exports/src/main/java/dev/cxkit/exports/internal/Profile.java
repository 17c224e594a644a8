package dev.cxkit.exports.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.exports.ExportOptions;
import dev.cxkit.exports.ExportProfile;
import org.jspecify.annotations.Nullable;

/** The base of cxkit's export profiles: a name, the facts the export lacks, and the reading. */
public abstract class Profile implements ExportProfile {

    private final String name;
    private final Set<InteractionFact> notRecorded;

    Profile(String name, List<InteractionFact> notRecorded) {
        this.name = name;
        this.notRecorded = notRecorded.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(notRecorded));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<InteractionFact> notRecorded() {
        return notRecorded;
    }

    /** Reads the files of one export; every record ends as one accept or one reject in the session. */
    abstract void read(Context context);

    @Override
    public String toString() {
        return "ExportProfile[" + name + "]";
    }

    /** What one {@code read} call works with. */
    static final class Context {
        final List<Path> files;
        final ExportOptions options;
        final ReadSession session;
        final Consumer<? super Interaction> interactions;
        final Consumer<? super CaseEvent> caseEvents;

        Context(List<Path> files, ExportOptions options, ReadSession session, Consumer<? super Interaction> interactions,
                Consumer<? super CaseEvent> caseEvents) {
            this.files = files;
            this.options = options;
            this.session = session;
            this.interactions = interactions;
            this.caseEvents = caseEvents;
        }

        static String name(Path file) {
            Path name = file.getFileName();
            return name == null ? file.toString() : name.toString();
        }

        char delimiter(char profileDefault) {
            return options.delimiter().orElse(profileDefault);
        }

        /** The zone of local times, required by profiles whose exports have no offsets. */
        ZoneId requireZone(String profile, String why) {
            return options.zone().orElseThrow(() -> new IllegalArgumentException("The " + profile + " export " + why
                    + " and no time zone was given.\nMaybe set the account's time zone (ExportOptions.zone, --zone Europe/Berlin)?"));
        }

        @Nullable ZoneId zone() {
            return options.zone().orElse(null);
        }
    }
}
