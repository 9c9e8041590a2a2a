package io.blueprint.web.navigation;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** A finished file as a page's download button hands it to the browser (PrimeFaces' {@code p:fileDownload}). */
public final class FileDownload {

    private FileDownload() {
    }

    public static StreamedContent of(String fileName, String mediaType, byte[] content) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(mediaType)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
