package vn.parindex.warehouse;

import java.util.List;
import java.util.Map;
import vn.parindex.scoring.Framework;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.submission.UnitInfo;

/** What scoring one assessment year needs: each group's framework, its active units and their facts. */
public record YearInputs(int year, Map<String, Framework> frameworks, Map<String, List<UnitInfo>> activeUnits,
        Map<String, UnitFacts> facts) {
}
