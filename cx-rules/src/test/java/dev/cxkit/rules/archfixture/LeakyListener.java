package dev.cxkit.rules.archfixture;

import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Test fixture: a public class whose superclass is a Drools type. */
public class LeakyListener extends DefaultAgendaEventListener {
}
