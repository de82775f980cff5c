package nl.opstap.trajectory.domain;

/** Who signs a development plan. */
public enum Signer { CLIENT, COACH }
