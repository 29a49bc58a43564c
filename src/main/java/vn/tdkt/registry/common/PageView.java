package vn.tdkt.registry.common;

import java.util.List;

/** One page of a longer list; page numbers start at 0. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
