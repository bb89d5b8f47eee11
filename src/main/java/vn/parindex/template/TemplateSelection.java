package vn.parindex.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.submission.UnitInfo;
import vn.parindex.warehouse.TemplateDataRepository.AppraisedLeaf;

/**
 * Which templates one year gets: a self-assessment per unit active in the year whose group has a framework for
 * it (or per unit named), and an appraisal per group of those units, listing every active unit of the group.
 */
public record TemplateSelection(int year, List<UnitTemplate> units, List<GroupTemplate> groups) {

    public record UnitTemplate(UnitInfo unit, List<AppraisedLeaf> leaves) {
    }

    public record GroupTemplate(String groupCode, List<UnitInfo> units, List<AppraisedLeaf> leaves) {
    }

    /**
     * @param units every unit of the warehouse in the order the templates list them
     * @param frameworks the year's groups with a framework, each with its appraised leaves in framework order
     * @param requested the units named on the command line; empty for all
     * @throws TemplateRefusal when the year has no framework, or for every named unit that is unknown, not
     *         active in the year, or in a group without a framework for it
     */
    public static TemplateSelection of(int year, Map<String, UnitInfo> units, Map<String, List<AppraisedLeaf>> frameworks,
            List<String> requested) {
        if (frameworks.isEmpty()) {
            throw new TemplateRefusal(List.of("no framework for " + year + " in the warehouse (load framework-" + year
                    + ".csv first)"));
        }
        List<UnitInfo> chosen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (requested.isEmpty()) {
            units.values().stream().filter(u -> u.activeIn(year) && frameworks.containsKey(u.groupCode())).forEach(chosen::add);
        } else {
            for (String code : requested) {
                UnitInfo unit = units.get(code);
                if (unit == null) {
                    problems.add("unit '" + code + "' is not in the warehouse" + lookAlike(units, code));
                } else if (!unit.activeIn(year)) {
                    problems.add("unit '" + code + "' is not active in " + year + " (valid " + years(unit) + ")");
                } else if (!frameworks.containsKey(unit.groupCode())) {
                    problems.add("unit '" + code + "' is in group '" + unit.groupCode() + "', which has no framework for " + year);
                }
            }
            // in the warehouse's order, not the command line's
            units.values().stream().filter(u -> requested.contains(u.code())).forEach(chosen::add);
        }
        if (!problems.isEmpty()) {
            throw new TemplateRefusal(problems);
        }
        List<UnitTemplate> unitTemplates = chosen.stream().map(u -> new UnitTemplate(u, frameworks.get(u.groupCode()))).toList();
        Map<String, GroupTemplate> groupTemplates = new LinkedHashMap<>();
        for (String group : frameworks.keySet()) {
            if (chosen.stream().anyMatch(u -> u.groupCode().equals(group))) {
                List<UnitInfo> members = units.values().stream().filter(u -> u.activeIn(year) && u.groupCode().equals(group)).toList();
                groupTemplates.put(group, new GroupTemplate(group, members, frameworks.get(group)));
            }
        }
        return new TemplateSelection(year, unitTemplates, List.copyOf(groupTemplates.values()));
    }

    /** A unit whose code differs only in leading zeros or case (codes are compared exactly: '19' is not '019'). */
    private static String lookAlike(Map<String, UnitInfo> units, String code) {
        String key = looseKey(code);
        return units.keySet().stream().filter(c -> looseKey(c).equals(key)).findFirst()
                .map(c -> " (codes are compared exactly: did you mean '" + c + "'?)").orElse("");
    }

    private static String looseKey(String code) {
        return code.replaceFirst("^0+(?=.)", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String years(UnitInfo unit) {
        return (unit.validFrom() == null ? "" : unit.validFrom().toString()) + "–"
                + (unit.validTo() == null ? "" : unit.validTo().toString());
    }
}
