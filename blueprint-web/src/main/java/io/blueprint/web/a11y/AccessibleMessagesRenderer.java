package io.blueprint.web.a11y;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;
import java.util.Objects;

/**
 * PrimeFaces' messages, with each message as a proper list item. PrimeFaces gives the {@code <li>} itself
 * {@code role="alert"}, which takes it out of its list: a screen reader then hears a list of nothing, and
 * axe-core reports a serious "list" violation on every page that shows a message. Here the alert is a
 * span inside the item; what is shown and announced is the same.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix,
                                 boolean escape) throws IOException {
        String summary = Objects.requireNonNullElse(message.getSummary(), "");
        String detail = Objects.requireNonNullElse(message.getDetail(), summary);
        if (component.isSkipDetailIfEqualsSummary() && summary.equals(detail)) {
            detail = "";
        }
        writer.startElement("li", null);
        writer.startElement("span", null);
        writer.writeAttribute("role", "alert", null);
        writer.writeAttribute("aria-atomic", "true", null);
        if (component.isShowSummary()) {
            part(writer, styleClassPrefix + "-summary", summary, escape);
        }
        if (component.isShowDetail()) {
            part(writer, styleClassPrefix + "-detail", detail, escape);
        }
        writer.endElement("span");
        writer.endElement("li");
    }

    private static void part(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}
