// Copies the text of a read-only field to the clipboard and says so in a live region.
function blueprintCopy(fieldId, statusId) {
    var field = document.getElementById(fieldId);
    var status = document.getElementById(statusId);
    var done = function () { status.textContent = status.getAttribute('data-copied'); };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
        document.execCommand('copy');
        done();
    }
}
