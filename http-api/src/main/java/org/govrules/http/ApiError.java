package org.govrules.http;

/** A request the API refuses: the HTTP status, a stable code for programs and a message for people. */
final class ApiError extends RuntimeException {

    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }
}
