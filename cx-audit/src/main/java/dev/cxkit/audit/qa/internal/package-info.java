/**
 * Implementation of QA scoring: the scorer that maps the audit's per-contact findings onto rubric
 * criteria, the rubric and calibration file parsers and Cohen's kappa. No compatibility promise.
 */
@NullMarked
package dev.cxkit.audit.qa.internal;

import org.jspecify.annotations.NullMarked;
