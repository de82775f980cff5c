package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

public record ReviewPointRequest(@Min(1) @Max(520) int afterWeeks, boolean goNoGo) {
}
