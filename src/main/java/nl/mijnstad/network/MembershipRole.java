package nl.mijnstad.network;

/** A person's role in a network: a member, or the holder who organises its gatherings. */
public enum MembershipRole {

	MEMBER, HOLDER

}
