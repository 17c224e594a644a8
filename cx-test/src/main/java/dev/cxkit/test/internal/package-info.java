/**
 * Implementation details of the cxkit testkit: how decisions, requests and KPI values are written
 * into failure messages, and how the short amount strings of the fixtures ({@code "120.00 EUR"},
 * {@code "10%"}) are read. Not part of the API; anything here may change in any release.
 */
@NullMarked
package dev.cxkit.test.internal;

import org.jspecify.annotations.NullMarked;
