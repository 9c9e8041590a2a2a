package io.blueprint.measurement.read;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one sheet of an {@code .xlsx} file, streamed: POI's {@link XSSFSheetXMLHandler} turns
 * the sheet's XML into cells, fed one row at a time from a StAX reader so that the table can pull
 * rows instead of being pushed the whole sheet. The package is opened from a temporary copy of the
 * upload (a zip needs random access), deleted on close.
 */
final class XlsxRecords implements RecordSource, XSSFSheetXMLHandler.SheetContentsHandler {

    private final Path copy;
    private final OPCPackage pkg;
    private final List<String> sheets;
    private final String sheet;
    private final InputStream sheetXml;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;

    private List<String> cells = new ArrayList<>();
    private SourceRow finished;
    private long rowNumber;

    private XlsxRecords(Path copy, String wantedSheet) throws IOException {
        this.copy = copy;
        try {
            this.pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new UnreadableFileException(0, UnreadableFileException.SPREADSHEET);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            this.sheets = sheetNames(reader);
            this.sheet = wantedSheet != null ? wantedSheet : sheets.isEmpty() ? null : sheets.get(0);
            if (sheet == null || !sheets.contains(sheet)) {
                throw new UnreadableFileException(0, UnreadableFileException.NO_SHEET, String.valueOf(wantedSheet));
            }
            this.sheetXml = sheetData(reader, sheet);
            this.handler = new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(pkg, false), this, new SpreadsheetFormatter(), false);
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            if (e instanceof UnreadableFileException refusal) {
                throw refusal;
            }
            throw new UnreadableFileException(0, UnreadableFileException.SPREADSHEET);
        }
    }

    /** Copies the upload to a temporary file and opens the sheet by name (null: the first). */
    static XlsxRecords open(InputStream in, String sheet) throws IOException {
        Path copy = Files.createTempFile("blueprint-import-", ".xlsx");
        try (in) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new XlsxRecords(copy, sheet);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    private static List<String> sheetNames(XSSFReader reader) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        return List.copyOf(names);
    }

    private static InputStream sheetData(XSSFReader reader, String name) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            InputStream data = it.next();
            if (it.getSheetName().equals(name)) {
                return data;
            }
            data.close();
        }
        throw new IllegalStateException(name);
    }

    List<String> sheets() {
        return sheets;
    }

    String sheet() {
        return sheet;
    }

    @Override
    public SourceRow next() {
        try {
            while (finished == null && xml.hasNext()) {
                forward(xml.next());
            }
        } catch (XMLStreamException | SAXException | RuntimeException e) {
            throw new UnreadableFileException(rowNumber, UnreadableFileException.SPREADSHEET);
        }
        SourceRow row = finished;
        finished = null;
        return row;
    }

    /** Hands one StAX event to the SAX handler. */
    private void forward(int event) throws SAXException {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                AttributesImpl attributes = new AttributesImpl();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    String local = xml.getAttributeLocalName(i);
                    attributes.addAttribute(nonNull(xml.getAttributeNamespace(i)), local, local, "CDATA",
                            xml.getAttributeValue(i));
                }
                handler.startElement(nonNull(xml.getNamespaceURI()), xml.getLocalName(), xml.getLocalName(), attributes);
            }
            case XMLStreamConstants.END_ELEMENT ->
                    handler.endElement(nonNull(xml.getNamespaceURI()), xml.getLocalName(), xml.getLocalName());
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            default -> {
                // declarations, comments, processing instructions carry no cells
            }
        }
    }

    private static String nonNull(String namespace) {
        return namespace == null ? "" : namespace;
    }

    @Override
    public void startRow(int rowNum) {
        rowNumber = rowNum + 1L;
        cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
        finished = new SourceRow(rowNum + 1L, cells);
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(formattedValue == null ? "" : formattedValue);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more is read from it
        } finally {
            sheetXml.close();
            pkg.revert();
            Files.deleteIfExists(copy);
        }
    }
}
