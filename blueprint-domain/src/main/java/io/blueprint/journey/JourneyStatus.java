package io.blueprint.journey;

/** Whether a journey is being worked on or kept only for reference. */
public enum JourneyStatus {
    ACTIVE,
    ARCHIVED
}
