package io.blueprint.web.journey;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** A table model that pages, sorts and searches in the database through a read-model query. */
public final class SearchableLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows: first row, page size, search text, sort column, ascending. */
    public interface Pager<T> {
        List<T> page(int first, int size, String search, String sortBy, boolean ascending);
    }

    private final transient Supplier<String> search;
    private final transient Function<String, Long> count;
    private final transient Pager<T> pager;
    private final transient Function<T, Long> key;

    public SearchableLazyModel(Supplier<String> search, Function<String, Long> count, Pager<T> pager, Function<T, Long> key) {
        this.search = search;
        this.count = count;
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.apply(search.get()));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return pager.page(first, pageSize, search.get(), sort == null ? "name" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
