package io.blueprint.measurement.read;

/** What kind of file an import reads: delimited text, a spreadsheet, or Amazon Connect contact trace records. */
public enum FileType {
    CSV,
    XLSX,
    CONNECT_JSON
}
