package core

import (
	"errors"
	"fmt"

	"github.com/weftnet/weft/rlnc"
)

// StrategyID is the one-byte code of a strategy on the wire.
type StrategyID uint8

// Strategy codes.
const (
	// StrategyFlood sends the whole message to every peer that has not sent it.
	StrategyFlood StrategyID = 1
	// StrategyRS is systematic Reed-Solomon with per-shard hashes under the signed
	// header, have-bitmaps and least-allocated-first emission.
	StrategyRS StrategyID = 2
	// StrategyRLNC is random linear network coding over GF(2^8), checked end to
	// end against the publisher's signed digest.
	StrategyRLNC StrategyID = 3
	// StrategyRLNCVerified is RLNC over the Ristretto255 scalar field with
	// Pedersen commitments in the signed header: every chunk is verified before it
	// is recoded or forwarded.
	StrategyRLNCVerified StrategyID = 4
)

func (s StrategyID) String() string {
	switch s {
	case StrategyFlood:
		return "flood"
	case StrategyRS:
		return "rs"
	case StrategyRLNC:
		return "rlnc"
	case StrategyRLNCVerified:
		return "rlnc-verified"
	}
	return fmt.Sprintf("strategy(%d)", uint8(s))
}

// ParseStrategy returns the StrategyID named s ("flood", "rs", "rlnc", "rlnc-verified").
func ParseStrategy(s string) (StrategyID, error) {
	for id := StrategyFlood; id <= StrategyRLNCVerified; id++ {
		if id.String() == s {
			return id, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownStrategy, s)
}

// Strategy turns messages into sessions: it chooses the shape and authenticator of
// a published message and validates those of received headers. A Strategy value
// is stateless and may be shared by many Engines (as a simulator does); per-engine
// state lives in the Env and in Sessions.
type Strategy interface {
	ID() StrategyID
	// Publish returns a complete session serving payload. The Engine has set
	// h.ID, h.Strategy, h.Size and h.Topic, and proposes sh; Publish sets
	// h.ChunkSize, h.Chunks, h.GenSize and h.Auth (the header is signed after).
	// payload is the Engine's private copy; the session may keep it.
	Publish(env *Env, h *Header, payload []byte, sh Shape) (Session, error)
	// Open validates the strategy's fields of a correctly signed header and returns
	// a session that collects the message. It must not allocate memory in
	// proportion to the message before chunks arrive; Session.Reserve bounds what
	// the session will ever allocate. Errors make the Engine penalize the sender.
	Open(env *Env, h *Header) (Session, error)
}

// Shape is the chunking the Engine proposes for a published message.
type Shape struct {
	ChunkSize int // bytes per chunk
	Chunks    int // source chunks: ceil(size/ChunkSize)
	GenSize   int // chunks per generation
}

// Session is one message's state under a strategy. The Engine owns the peer
// bookkeeping common to all strategies (who knows the session, who is done, send
// windows, budgets, penalties) and calls the Session through slots: slot i is the
// i-th link added with AddLink, one per peer, never reused.
//
// Invariants every Session keeps: nothing is delivered (Complete) that does not
// match the publisher's signed authenticator; Chunk never panics on any input; a
// Session allocates at most Reserve() bytes of message data.
type Session interface {
	// Reserve returns the most message-proportional memory the session will hold.
	Reserve() int64
	// AddLink adds per-peer state for the next slot.
	AddLink()
	// Chunk takes a chunk frame's body after the message id, from slot. useful
	// reports whether it added anything (innovative, new shard). Errors:
	// ErrMalformed (does not parse), ErrInvalidChunk (fails verification),
	// *BlameError (the message failed its end-to-end check).
	Chunk(slot int, body []byte) (useful bool, err error)
	// Have takes a have frame's body after the message id, from slot.
	Have(slot int, body []byte) error
	// PeerDone records that the peer at slot holds the whole message.
	PeerDone(slot int)
	// Emit appends to dst the body (after the message id) of the next chunk for
	// slot, if the policy allows one; ok is false when the peer needs nothing this
	// session can give it now. decoded says the Engine lifts the relay budget.
	Emit(slot int, dst []byte) (out []byte, ok bool)
	// EmitSize bounds the length of a body Emit appends.
	EmitSize() int
	// AppendHave appends the body (after the message id) of a have frame for
	// slot; stalled says the session made no progress for Config.StallTimeout.
	AppendHave(slot int, stalled bool, dst []byte) []byte
	// HaveDue reports whether slot should get a have frame now (beyond the
	// Engine's own schedule: milestones, stalls), e.g. to renew its credit.
	HaveDue(slot int) bool
	// Progress reports the useful units held (rank, shards) and the units needed.
	Progress() (have, need int)
	// Complete reports whether the message is decoded and checked.
	Complete() bool
	// Message returns the decoded message once Complete (a view; read-only).
	Message() []byte
	// Release drops the session's buffers; no method is called after it.
	Release()
}

// Batcher is implemented by sessions that can verify chunks in batches
// (rlnc-verified with Config.VerifyBatch > 1): Chunk then returns ErrQueued for a
// chunk held for verification, and the Engine calls Flush once VerifyBatch chunks
// wait or VerifyDelay has passed.
type Batcher interface {
	// Pending returns the number of chunks waiting for verification.
	Pending() int
	// Flush verifies the waiting chunks; accepted and rejected list the slots
	// they came from (one entry per chunk). err is a *BlameError if the message
	// then failed to decode.
	Flush() (accepted, rejected []int, err error)
}

// BlindPusher is implemented by sessions that cap the chunks a peer gets before
// it has sent any frame of the message (rlnc-verified, Config.VerifiedBlindPush):
// a peer that crashed without closing its connection never answers, and what
// it is sent is lost uplink time. The Engine sends such a link past
// BlindChunks chunks (0: no cap) only when no other link can take one, until
// the peer shows life. Such sessions check chunks one by one, so a useful
// chunk in one marks its sender proven, and the Engine serves proven peers
// before peers that answered but never sent one (docs/adr/0010).
type BlindPusher interface {
	BlindChunks() int
}

// Session errors.
var (
	// ErrQueued is returned by Session.Chunk for a chunk held for batch
	// verification (not an offence).
	ErrQueued = errors.New("core: chunk queued for verification")
	// ErrInvalidChunk means a chunk that fails its hash or commitment check.
	ErrInvalidChunk = errors.New("core: invalid chunk")
	// ErrContaminated means a recoded chunk that does not match the message the
	// receiver decoded and checked: its sender polluted it, or relayed pollution.
	ErrContaminated = errors.New("core: contaminated chunk")
	// ErrDigestMismatch means a decoded message that does not match the signed digest.
	ErrDigestMismatch = errors.New("core: decoded message does not match the signed digest")
	// ErrUnknownStrategy means a strategy code this engine does not speak.
	ErrUnknownStrategy = errors.New("core: unknown strategy")
)

// BlameError reports a decoded message that failed its end-to-end check. The
// session has discarded what it held; Slots are the links found to have sent
// inconsistent chunks (possibly none).
type BlameError struct {
	Slots []int
	Err   error
}

func (e *BlameError) Error() string {
	return fmt.Sprintf("%v (blamed %d peers)", e.Err, len(e.Slots))
}

func (e *BlameError) Unwrap() error { return e.Err }

// Env is what an Engine lends to its sessions: its random source, its cost
// counters and its configuration. It is not safe for concurrent use.
type Env struct {
	Rand  *rlnc.Rand
	Costs *Costs
	cfg   *Config
}

// Signer returns the engine's header signer (nil if it cannot publish).
func (e *Env) Signer() Signer { return e.cfg.Signer }

// Verifier returns the engine's header verifier.
func (e *Env) Verifier() Verifier { return e.cfg.Verifier }

// MaxMessageSize returns the configured message size limit.
func (e *Env) MaxMessageSize() int { return e.cfg.MaxMessageSize }

// RSParityPercent returns the configured rs parity percentage.
func (e *Env) RSParityPercent() int { return e.cfg.RSParityPercent }

// DefaultStrategies returns flood, rs and rlnc. rlnc-verified needs generator
// tables built once per process: add NewVerified's result to Config.Strategies.
func DefaultStrategies() []Strategy {
	return []Strategy{Flood{}, RS{}, RLNC{}}
}

// Op names a unit of processing work, for cost accounting.
type Op int

// Ops counted in Costs.
const (
	OpEncode        Op = iota // a coded chunk from source: Bytes = k·chunkSize multiply-add
	OpRecode                  // a recoded chunk: Bytes = rank·chunkSize multiply-add
	OpDecodeAdd               // an innovative chunk absorbed: Bytes = chunkSize
	OpDecodeSolve             // a generation solved: Bytes = k·k·chunkSize (upper bound)
	OpReject                  // a non-innovative chunk rejected: Bytes = k·k coefficient work
	OpHash                    // SHA-256: Bytes hashed
	OpSign                    // a header signed
	OpVerifySig               // a header signature verified
	OpVerifyChunk             // a verified-codec chunk check: Bytes = chunkSize
	OpRSEncode                // Reed-Solomon parity: Bytes = data bytes encoded
	OpRSReconstruct           // Reed-Solomon reconstruction: Bytes = data bytes
	OpCopy                    // payload copies: Bytes copied
	OpVCommit                 // verified: publisher commitments, Bytes = message bytes
	OpVEncode                 // verified: a seeded chunk, Bytes = N·chunk bytes
	OpVRecode                 // verified: a recoded chunk, Bytes = rank·(chunk bytes + 32·N)
	OpVDecode                 // verified: the final solve, Bytes = N·N·chunk bytes
	NumOps
)

var opNames = [NumOps]string{"encode", "recode", "decode-add", "decode-solve", "reject", "hash", "sign",
	"verify-sig", "verify-chunk", "rs-encode", "rs-reconstruct", "copy", "v-commit", "v-encode", "v-recode", "v-decode"}

func (o Op) String() string {
	if o >= 0 && o < NumOps {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", int(o))
}

// Costs counts the processing work an Engine did, so a virtual-time simulator can
// charge it from calibrated per-op and per-byte costs. Counters only grow.
type Costs struct {
	Count [NumOps]uint64
	Bytes [NumOps]uint64
}

// Add counts one op of n bytes.
func (c *Costs) Add(op Op, n int) {
	c.Count[op]++
	c.Bytes[op] += uint64(n)
}

// Sub returns c minus o, counter by counter.
func (c Costs) Sub(o Costs) Costs {
	for i := range c.Count {
		c.Count[i] -= o.Count[i]
		c.Bytes[i] -= o.Bytes[i]
	}
	return c
}

// staller is implemented by sessions that change course when they stall: the
// Engine calls stalled before it sends the stalled haves.
type staller interface{ stalled() }
