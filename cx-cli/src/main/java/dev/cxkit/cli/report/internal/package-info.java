/**
 * How the HTML report is drawn: an escaping XHTML writer over the JDK's XML stream writer, and the
 * page layout with its inline CSS and SVG bar charts. No compatibility promise; use
 * {@link dev.cxkit.cli.report.HtmlReport}.
 */
@NullMarked
package dev.cxkit.cli.report.internal;

import org.jspecify.annotations.NullMarked;
