package vn.parindex.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.scoring.Criterion;
import vn.parindex.submission.ReferenceData.FrameworkKey;
import vn.parindex.warehouse.ReferenceRepository;
import vn.parindex.warehouse.ReportDataRepository;

/** The collection status of a year, read from the warehouse (SPEC §16). */
@Component
public class CollectionStatus {

    private final ReferenceRepository reference;
    private final CollectionRepository collection;
    private final ReportDataRepository reports;
    private final CollectionYears years;
    private final Deadlines deadlines;

    public CollectionStatus(ReferenceRepository reference, CollectionRepository collection, ReportDataRepository reports,
            CollectionYears years, Optional<Deadlines> deadlines) {
        this.reference = reference;
        this.collection = collection;
        this.reports = reports;
        this.years = years;
        this.deadlines = deadlines.orElse(Deadlines.none());
    }

    /** The years with a framework that are not final, in order: those the status and the workbook cover. */
    public List<Integer> collectingYears() {
        return collection.yearsWithFramework().stream().filter(years::open).toList();
    }

    public boolean hasFramework(int year) {
        return reports.hasFramework(year);
    }

    /** The year's status as of {@code asOf}; the year must have a framework. */
    public YearStatus of(int year, LocalDate asOf) {
        long t0 = System.nanoTime();
        Map<FrameworkKey, Map<String, Criterion>> frameworks = reference.frameworks(year);
        Map<String, Map<String, Criterion>> byGroup = frameworks.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().groupCode(), Map.Entry::getValue));
        var units = reference.units();
        var names = reports.groupNames();
        long t1 = System.nanoTime();
        var facts = collection.facts(year);
        long t2 = System.nanoTime();
        YearStatus status = CollectionStatusAssembler.assemble(year, asOf, units, names, byGroup, facts, deadlines);
        long t3 = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger(CollectionStatus.class).info("status of {}: reference {} ms, facts {} ms, assembled {} ms",
                year, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return status;
    }
}
