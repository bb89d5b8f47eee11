package vn.parindex.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.scoring.Criterion;
import vn.parindex.submission.ReferenceData.FrameworkKey;
import vn.parindex.warehouse.CollectionRepository;
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
        Map<FrameworkKey, Map<String, Criterion>> frameworks = reference.frameworks(year);
        Map<String, Map<String, Criterion>> byGroup = frameworks.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().groupCode(), Map.Entry::getValue));
        return CollectionStatusAssembler.assemble(year, asOf, reference.units(), reports.groupNames(), byGroup,
                collection.facts(year), deadlines);
    }
}
