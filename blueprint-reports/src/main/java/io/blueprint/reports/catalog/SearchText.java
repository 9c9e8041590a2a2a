package io.blueprint.reports.catalog;

import jakarta.persistence.TypedQuery;

import java.util.Locale;

/** A person's search text as a case-insensitive "contains" pattern for JPQL {@code like}. */
public final class SearchText {

    private SearchText() {
    }

    public static boolean isEmpty(String search) {
        return search == null || search.isBlank();
    }

    /** Binds {@code :search}; the wildcard characters a person types are taken literally by dropping them. */
    public static void bind(TypedQuery<?> query, String search) {
        if (!isEmpty(search)) {
            String plain = search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            query.setParameter("search", "%" + plain + "%");
        }
    }
}
