package verified

import "errors"

// Sentinel errors. Every error the package returns wraps exactly one of these
// with the reason (test with errors.Is); none is ever returned for valid input.
var (
	// ErrInvalidParams: a constructor argument or option is out of range.
	ErrInvalidParams = errors.New("verified: invalid parameters")
	// ErrTooLarge: a message or chunk is larger than the limits or the generators allow.
	ErrTooLarge = errors.New("verified: too large")
	// ErrMalformed: a header or packet is truncated, too long, or has an unknown
	// version or field value.
	ErrMalformed = errors.New("verified: malformed encoding")
	// ErrNonCanonical: a scalar is not reduced below ℓ, or a point encoding is not
	// the canonical Ristretto255 encoding.
	ErrNonCanonical = errors.New("verified: non-canonical encoding")
	// ErrNotInGroup: 32 bytes that do not encode a Ristretto255 group element.
	ErrNotInGroup = errors.New("verified: point not in the group")
	// ErrWrongSession: a packet carries the tag of another session.
	ErrWrongSession = errors.New("verified: packet of another session")
	// ErrBadCoefficients: the coefficient vector is malformed (all zero, an index
	// out of range, a source coefficient wider than the header allows).
	ErrBadCoefficients = errors.New("verified: bad coefficients")
	// ErrPolluted: the chunk does not match the publisher's commitments — its data
	// or its coefficients were altered. The chunk is dropped; its sender lied or
	// relayed a lie it failed to check.
	ErrPolluted = errors.New("verified: chunk fails commitment check")
	// ErrBadSignature: the header signature does not verify or the key is not accepted.
	ErrBadSignature = errors.New("verified: bad header signature")
	// ErrReplayedHeader: a correctly signed header outside the accepted epochs.
	ErrReplayedHeader = errors.New("verified: replayed header")
	// ErrNotDone: the message is asked for before the rank reaches the chunk count.
	ErrNotDone = errors.New("verified: not enough verified chunks to decode")
	// ErrNoData: a recoder has no verified chunk to combine.
	ErrNoData = errors.New("verified: nothing to recode")
	// ErrShortBuffer: a destination buffer is too small.
	ErrShortBuffer = errors.New("verified: buffer too small")
)
