package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The bands of one (year, group), lowest threshold first; which band an index reaches and which comes next. */
public final class BandScale {

    private final List<Band> ascending;

    public BandScale(List<Band> bands) {
        ascending = bands.stream()
                .sorted(Comparator.comparing(Band::minIndex)
                        .thenComparing(Band::name, VietnameseCollation.instance()))
                .toList();
    }

    /** The band with the highest min_index ≤ index, if any. */
    public Optional<Band> bandOf(BigDecimal index) {
        Band reached = null;
        for (Band band : ascending) {
            if (band.minIndex().compareTo(index) <= 0) {
                reached = band;
            }
        }
        return Optional.ofNullable(reached);
    }

    /** The band with the lowest min_index above index, if any. */
    public Optional<Band> nextAbove(BigDecimal index) {
        return ascending.stream().filter(b -> b.minIndex().compareTo(index) > 0).findFirst();
    }
}
