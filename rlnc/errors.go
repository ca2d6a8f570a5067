package rlnc

import "errors"

// Errors returned by the codec. They are wrapped with context (errors.Is works).
var (
	// ErrInvalidK means the number of source chunks is outside [1, MaxK].
	ErrInvalidK = errors.New("rlnc: k out of range")
	// ErrInvalidChunkSize means a chunk size below 1 or above MaxChunkSize.
	ErrInvalidChunkSize = errors.New("rlnc: chunk size out of range")
	// ErrShortBuffer means a caller-supplied buffer is shorter than required.
	ErrShortBuffer = errors.New("rlnc: buffer too short")
	// ErrSourceShape means SetSource got the wrong number or size of chunks.
	ErrSourceShape = errors.New("rlnc: source chunks have the wrong shape")
	// ErrNoSource means an Encoder was asked to encode before SetSource.
	ErrNoSource = errors.New("rlnc: encoder has no source")
	// ErrGeneration means a packet belongs to another generation than the codec's.
	ErrGeneration = errors.New("rlnc: packet from another generation")
	// ErrCoeffLength means an explicit coefficient vector is not k bytes long.
	ErrCoeffLength = errors.New("rlnc: coefficient vector has the wrong length")
	// ErrCoeffKind means a packet's coefficient kind is unknown.
	ErrCoeffKind = errors.New("rlnc: unknown coefficient kind")
	// ErrIndex means a source chunk index outside [0, k).
	ErrIndex = errors.New("rlnc: chunk index out of range")
	// ErrPayloadLength means a packet's payload is not chunkSize bytes long.
	ErrPayloadLength = errors.New("rlnc: payload has the wrong length")
	// ErrRankZero means a Recoder or Decoder holding nothing was asked to recode.
	ErrRankZero = errors.New("rlnc: nothing to recode from")
	// ErrNotDecoded means the decoded data was requested before full rank.
	ErrNotDecoded = errors.New("rlnc: generation not decoded yet")
	// ErrNotSolved means a source chunk was requested that is not solved yet.
	ErrNotSolved = errors.New("rlnc: chunk not solved yet")
	// ErrUnsupportedKernel means WithKernel named a path this CPU or build cannot run.
	ErrUnsupportedKernel = errors.New("rlnc: kernel not supported here")
)
