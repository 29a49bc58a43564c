package vn.tdkt.block.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The points given to one member unit: per criterion, per bonus item and per penalty item (codes of the
 * scoring table). The same shape serves the member's own scoring and the cross-checker's.
 */
public record ScoreSheet(String unitCode, Map<String, BigDecimal> criteria, Map<String, BigDecimal> bonus,
                         Map<String, BigDecimal> penalties) { }
