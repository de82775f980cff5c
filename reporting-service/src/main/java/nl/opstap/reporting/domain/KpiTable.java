package nl.opstap.reporting.domain;

import java.util.List;

/** A KPI report that can also be written as a CSV table: a header row and data rows. */
public interface KpiTable {

    List<String> csvHeader();

    List<List<String>> csvRows();
}
