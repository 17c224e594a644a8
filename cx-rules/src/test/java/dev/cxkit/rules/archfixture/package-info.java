/** Test fixtures for the architecture rule: public types that leak Drools on purpose. */
@NullMarked
package dev.cxkit.rules.archfixture;

import org.jspecify.annotations.NullMarked;
