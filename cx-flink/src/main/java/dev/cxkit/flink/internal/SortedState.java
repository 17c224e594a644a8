package dev.cxkit.flink.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.flink.api.common.state.ValueState;
import org.jspecify.annotations.Nullable;

/**
 * A keyed list state kept in order, shared by the repeat operators of both jobs. Contacts arrive
 * almost in order, so an insert walks back from the end: usually no step at all.
 */
public final class SortedState {

    private SortedState() {
    }

    /**
     * Inserts {@code item} after every element that is not after it, and stores the list.
     *
     * @param <T> the element type
     * @param state the list state of the current key
     * @param item the element to insert
     * @param order the order of the list
     * @throws Exception if the state backend fails
     */
    public static <T> void insert(ValueState<List<T>> state, T item, Comparator<? super T> order) throws Exception {
        @Nullable List<T> list = state.value();
        if (list == null) {
            list = new ArrayList<>(4);
        }
        int i = list.size();
        while (i > 0 && order.compare(list.get(i - 1), item) > 0) {
            i--;
        }
        list.add(i, item);
        state.update(list);
    }
}
