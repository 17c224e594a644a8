package dev.cxkit.rules.archfixture;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Test fixture: a public API that leaks Drools types in every way the architecture rule must catch. */
public class LeakyApi {

    /** A leaking public field. */
    public KieSession session;

    /**
     * A leaking return type.
     *
     * @return nothing
     */
    public KieBase kieBase() {
        throw new UnsupportedOperationException();
    }

    /**
     * A leaking type argument of a parameter.
     *
     * @param sessions ignored
     */
    public void use(List<KieSession> sessions) {
        // fixture
    }

    /** Not a leak: private members are not part of the signature. */
    @SuppressWarnings("unused")
    private KieBase hidden() {
        throw new UnsupportedOperationException();
    }
}
