package vn.parindex.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.ranking.VietnameseCollation;
import vn.parindex.scoring.Criterion;
import vn.parindex.submission.UnitInfo;

/** Puts one year's collection together from what the warehouse holds (a pure function; SPEC §16). */
public final class CollectionStatusAssembler {

    private CollectionStatusAssembler() {
    }

    /**
     * @param frameworks the year's frameworks by group code, criteria in framework order
     * @param groupNames display names by group code (a group without one is shown by its code)
     */
    public static YearStatus assemble(int year, LocalDate asOf, Map<String, UnitInfo> units, Map<String, String> groupNames,
            Map<String, ? extends Map<String, Criterion>> frameworks, CollectionFacts facts, Deadlines deadlines) {
        Comparator<UnitInfo> byName = Comparator.comparing(UnitInfo::name, VietnameseCollation.instance()).thenComparing(UnitInfo::code);
        // the one sort by name of the year: every later list keeps or compares these positions
        List<UnitInfo> expected = units.values().stream().filter(u -> u.activeIn(year) && frameworks.containsKey(u.groupCode()))
                .sorted(byName).toList();
        Map<String, List<UnitInfo>> byGroup = new java.util.HashMap<>();
        for (UnitInfo u : expected) {
            byGroup.computeIfAbsent(u.groupCode(), g -> new ArrayList<>()).add(u);
        }
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            order.put(expected.get(i).code(), i);
        }
        List<GroupStatus> groups = new ArrayList<>();
        frameworks.keySet().stream().sorted().forEach(group -> {
            Map<String, Criterion> framework = frameworks.get(group);
            Expectations expectations = Expectations.of(framework.values());
            List<UnitStatus> statuses = byGroup.getOrDefault(group, List.of()).stream()
                    .map(u -> unit(year, asOf, u, expectations, framework, facts, deadlines, order.get(u.code())))
                    .toList();
            String name = groupNames.get(group);
            groups.add(new GroupStatus(group, name == null || name.isBlank() ? group : name.strip(), expectations, statuses));
        });
        return new YearStatus(year, asOf, groups, deadlines);
    }

    private static UnitStatus unit(int year, LocalDate asOf, UnitInfo unit, Expectations expected, Map<String, Criterion> framework,
            CollectionFacts facts, Deadlines deadlines, int order) {
        List<Rejection> rejections = facts.rejections().getOrDefault(unit.code(), List.of());
        List<KindStatus> kinds = new ArrayList<>();
        for (DataKind kind : expected.kinds()) {
            ReceivedFile file = facts.received().getOrDefault(kind, Map.of()).get(unit.code());
            Rejection rejected = null;
            for (Rejection r : rejections) {
                if (r.kind() == kind) {
                    rejected = r;
                }
            }
            Long count = null;
            Long needed = null;
            KindStatus.State state = file != null ? KindStatus.State.RECEIVED : rejected != null ? KindStatus.State.REJECTED
                    : KindStatus.State.MISSING;
            switch (kind) {
                case SURVEY -> {
                    count = facts.respondents().getOrDefault(unit.code(), 0L);
                    needed = (long) expected.minResponses();
                    if (file != null && count < needed) {
                        state = KindStatus.State.INSUFFICIENT;
                    }
                }
                case DOSSIERS -> count = facts.dossierRows().getOrDefault(unit.code(), 0L);
                case METRICS -> {
                    Set<String> sent = facts.metricCodes().getOrDefault(unit.code(), Set.of());
                    count = expected.metricCodes().stream().filter(sent::contains).count();
                    needed = (long) expected.metricCodes().size();
                    if (file != null && count < needed) {
                        state = KindStatus.State.INSUFFICIENT;
                    }
                }
                default -> {
                }
            }
            LocalDate deadline = deadlines.of(kind, year).orElse(null);
            boolean overdue = state != KindStatus.State.RECEIVED && deadline != null && asOf.isAfter(deadline);
            kinds.add(new KindStatus(kind, state, file, rejected, count, needed, deadline, overdue));
        }
        List<EvidenceGap> gaps = facts.evidenceGaps().getOrDefault(unit.code(), List.of()).stream()
                .map(g -> g.named(framework.containsKey(g.criterionCode()) ? framework.get(g.criterionCode()).name() : null))
                .toList();
        return new UnitStatus(unit.code(), unit.name(), unit.groupCode(), kinds,
                rejections.isEmpty() ? null : rejections.get(rejections.size() - 1), gaps, order);
    }
}
