package nl.opstap.support.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; pages count from 0. */
@Schema(description = "One page of results; pages count from 0")
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** One page of a query's results, mapped to the API type. */
    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        int page = request.index();
        int size = request.size();
        return of(query.page(page, size).list(), request, query.count(), mapper);
    }

    /** One page of already selected items; {@code totalItems} counts all pages. */
    public static <E, T> PageResponse<T> of(List<E> pageItems, PageRequest request, long totalItems, Function<E, T> mapper) {
        int size = request.size();
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
        return new PageResponse<>(pageItems.stream().map(mapper).toList(), request.index(), size, totalItems, totalPages);
    }
}
