/**
 * The HTTP transport: the JSON API under {@code /v1} described by its OpenAPI document, {@code /health} and
 * Prometheus {@code /metrics}. No rules and no storage of its own.
 */
package org.govrules.http;
