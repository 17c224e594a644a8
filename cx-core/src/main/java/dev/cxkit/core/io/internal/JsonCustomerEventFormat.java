package dev.cxkit.core.io.internal;

import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.CustomerId;
import org.jspecify.annotations.Nullable;

/** docs/formats.md customer events. A customer may have several events, so there is no key. Stateless. */
public final class JsonCustomerEventFormat implements JsonRecordFormat<CustomerEvent> {

    private static final FieldNames FIELDS = FieldNames.of("customerId", "at", "event");

    @Override
    public CustomerEvent parse(JsonObject root, ImportSession session) {
        root.warnUnknown(FIELDS, session);
        CustomerId customerId = root.required("customerId", CustomerId::of);
        var at = root.requiredInstant("at");
        CustomerEvent.Kind kind = root.required("event", CustomerEvent.Kind::parse);
        return DomainErrors.build(null, () -> new CustomerEvent(customerId, at, kind));
    }

    @Override
    public @Nullable String uniqueKey(CustomerEvent value) {
        return null;
    }

    @Override
    public String keyField() {
        return "customerId";
    }
}
