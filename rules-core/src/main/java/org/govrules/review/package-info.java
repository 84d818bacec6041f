/**
 * For reviewers of the knowledge base: the rules with their provisions and clauses, the scenario tables and the
 * coverage of each provision ({@link org.govrules.review.Review}). Separate from the main API because only review
 * and test tooling needs it.
 */
package org.govrules.review;
