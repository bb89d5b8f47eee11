package vn.parindex.template;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.warehouse.ReferenceRepository;
import vn.parindex.warehouse.TemplateDataRepository;

/** Writes one year's spreadsheet templates (SPEC §11), each file atomically. */
@Component
public class TemplateWriter {

    /** The files written, self-assessments first (units in code order), then appraisals (groups in code order). */
    public record Written(List<Path> selfAssessments, List<Path> appraisals) {
    }

    private final ReferenceRepository reference;
    private final TemplateDataRepository data;

    public TemplateWriter(ReferenceRepository reference, TemplateDataRepository data) {
        this.reference = reference;
        this.data = data;
    }

    /**
     * @param units the units named on the command line; empty for every unit that can have a template
     * @throws TemplateRefusal before writing anything, when the year or a named unit cannot have a template
     */
    public Written write(int year, List<String> units, Path folder) {
        TemplateSelection selection = TemplateSelection.of(year, reference.units(), data.appraisedLeaves(year), units);
        Map<String, Map<String, BigDecimal>> selfScores = selection.groups().isEmpty() ? Map.of() : data.currentSelfScores(year);
        List<Path> selfAssessments = new ArrayList<>();
        for (TemplateSelection.UnitTemplate unit : selection.units()) {
            Path target = folder.resolve(SelfAssessmentTemplate.fileName(year, unit.unit().code(), unit.unit().name()));
            AtomicFiles.write(target, out -> SelfAssessmentTemplate.write(year, unit, out));
            selfAssessments.add(target);
        }
        List<Path> appraisals = new ArrayList<>();
        for (TemplateSelection.GroupTemplate group : selection.groups()) {
            Path target = folder.resolve(AppraisalTemplate.fileName(year, group.groupCode()));
            AtomicFiles.write(target, out -> AppraisalTemplate.write(year, group, selfScores, out));
            appraisals.add(target);
        }
        return new Written(List.copyOf(selfAssessments), List.copyOf(appraisals));
    }
}
