package core

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Version is the wire format version written in every frame (docs/spec/wire.md).
const Version = 1

// FrameType names the kind of a frame.
type FrameType uint8

// Frame types. Every frame body starts with the 32-byte MessageID.
const (
	// FrameHeader opens a session: the message's shape and its publisher's signed
	// authenticator (digest, chunk hashes or commitments, by strategy).
	FrameHeader FrameType = 1
	// FrameChunk carries one coded (or plain) chunk of a session.
	FrameChunk FrameType = 2
	// FrameHave reports what the sender holds: ranks per generation or a chunk bitmap.
	FrameHave FrameType = 3
	// FrameDone says the sender has the whole message: send it nothing more.
	FrameDone FrameType = 4
)

func (t FrameType) String() string {
	switch t {
	case FrameHeader:
		return "header"
	case FrameChunk:
		return "chunk"
	case FrameHave:
		return "have"
	case FrameDone:
		return "done"
	}
	return fmt.Sprintf("frame(%d)", uint8(t))
}

const (
	// EnvelopeLen is the length of the frame envelope: version, type, body length.
	EnvelopeLen = 6
	// IDLen is the length of a MessageID.
	IDLen = 32
	// MaxTopicLen is the longest topic a header can carry.
	MaxTopicLen = 255
	// maxAuthLen bounds a header's strategy authenticator.
	maxAuthLen = 1 << 24
)

// MessageID names a message network-wide. The publisher chooses it (usually a hash
// of the message); the signed header binds it to the content.
type MessageID [IDLen]byte

func (id MessageID) String() string { return fmt.Sprintf("%x", id[:6]) }

// Wire errors. Step wraps them with context; errors.Is works.
var (
	// ErrMalformed means a frame that does not parse.
	ErrMalformed = errors.New("core: malformed frame")
	// ErrVersion means a frame of a wire version this engine does not speak.
	ErrVersion = errors.New("core: unsupported wire version")
	// ErrFrameType means an unknown frame type.
	ErrFrameType = errors.New("core: unknown frame type")
	// ErrFrameTooLarge means a frame longer than Config.MaxFrameSize.
	ErrFrameTooLarge = errors.New("core: frame too large")
)

// FrameInfo is what PeekFrame reads from a frame without interpreting its body.
type FrameInfo struct {
	Type FrameType
	ID   MessageID
	// BodyLen is the length of the body after the envelope.
	BodyLen int
}

// PeekFrame checks a frame's envelope and returns its type and message id. Hosts
// use it to classify frames (queue policy, metrics) without an Engine.
func PeekFrame(frame []byte) (FrameInfo, error) {
	t, body, err := splitFrame(frame)
	if err != nil {
		return FrameInfo{}, err
	}
	fi := FrameInfo{Type: t, BodyLen: len(body)}
	copy(fi.ID[:], body)
	return fi, nil
}

// FrameLen returns the total length of the frame that starts buf, once at least
// EnvelopeLen bytes are available, for transports that read frames off a stream.
func FrameLen(buf []byte) (int, error) {
	if len(buf) < EnvelopeLen {
		return 0, fmt.Errorf("%w: short envelope", ErrMalformed)
	}
	if buf[0] != Version {
		return 0, fmt.Errorf("%w: %d", ErrVersion, buf[0])
	}
	return EnvelopeLen + int(binary.BigEndian.Uint32(buf[2:6])), nil
}

func splitFrame(frame []byte) (FrameType, []byte, error) {
	if len(frame) < EnvelopeLen {
		return 0, nil, fmt.Errorf("%w: %d bytes, shorter than the envelope", ErrMalformed, len(frame))
	}
	if frame[0] != Version {
		return 0, nil, fmt.Errorf("%w: %d", ErrVersion, frame[0])
	}
	t := FrameType(frame[1])
	if t < FrameHeader || t > FrameDone {
		return 0, nil, fmt.Errorf("%w: %d", ErrFrameType, frame[1])
	}
	n := binary.BigEndian.Uint32(frame[2:6])
	if uint64(n) != uint64(len(frame)-EnvelopeLen) {
		return 0, nil, fmt.Errorf("%w: length field %d, body %d", ErrMalformed, n, len(frame)-EnvelopeLen)
	}
	body := frame[EnvelopeLen:]
	if len(body) < IDLen {
		return 0, nil, fmt.Errorf("%w: body shorter than a message id", ErrMalformed)
	}
	return t, body, nil
}

// beginFrame appends an envelope with a zero length and the id; endFrame fills the
// length in. start is the offset of the frame in dst.
func beginFrame(dst []byte, t FrameType, id *MessageID) ([]byte, int) {
	start := len(dst)
	dst = append(dst, Version, byte(t), 0, 0, 0, 0)
	dst = append(dst, id[:]...)
	return dst, start
}

func endFrame(dst []byte, start int) []byte {
	binary.BigEndian.PutUint32(dst[start+2:start+6], uint32(len(dst)-start-EnvelopeLen))
	return dst
}

// AppendDone appends a done frame for id to dst.
func AppendDone(dst []byte, id MessageID) []byte {
	dst, s := beginFrame(dst, FrameDone, &id)
	return endFrame(dst, s)
}

// Header is a parsed session header. Its byte slices alias the frame it was parsed
// from.
type Header struct {
	ID       MessageID
	Strategy StrategyID
	// Size is the message length in bytes.
	Size uint32
	// ChunkSize is the length of every chunk payload (the last source chunk is
	// zero-padded).
	ChunkSize uint32
	// Chunks is the number of source chunks (for rs: data shards).
	Chunks uint16
	// GenSize is the number of source chunks per generation (rlnc); the last
	// generation holds the rest. Strategies without generations set it to Chunks.
	GenSize uint16
	// Topic is an opaque label for the host (pub/sub topic), at most 255 bytes.
	Topic []byte
	// Publisher is the publisher's public key, as the Verifier understands it.
	Publisher []byte
	// Auth is the strategy's authenticator: a digest, chunk hashes or commitments.
	Auth []byte
	// Sig is the publisher's signature over the header (see SignedBytes).
	Sig []byte
}

// headerFixed is the length of a header body before its variable fields.
const headerFixed = IDLen + 1 + 1 + 4 + 4 + 2 + 2

// Generations returns the number of generations of the message.
func (h *Header) Generations() int {
	if h.GenSize == 0 {
		return 0
	}
	return (int(h.Chunks) + int(h.GenSize) - 1) / int(h.GenSize)
}

// GenChunks returns the number of source chunks in generation g.
func (h *Header) GenChunks(g int) int {
	n := int(h.Chunks) - g*int(h.GenSize)
	if n > int(h.GenSize) {
		n = int(h.GenSize)
	}
	return n
}

// AppendUnsigned appends the header frame up to and excluding the signature
// length byte; the signature covers signDomain followed by these bytes after the
// envelope. It returns the frame start offset.
func (h *Header) appendUnsigned(dst []byte) ([]byte, int) {
	dst, s := beginFrame(dst, FrameHeader, &h.ID)
	dst = append(dst, byte(h.Strategy), 0)
	dst = binary.BigEndian.AppendUint32(dst, h.Size)
	dst = binary.BigEndian.AppendUint32(dst, h.ChunkSize)
	dst = binary.BigEndian.AppendUint16(dst, h.Chunks)
	dst = binary.BigEndian.AppendUint16(dst, h.GenSize)
	dst = append(dst, byte(len(h.Topic)))
	dst = append(dst, h.Topic...)
	dst = append(dst, byte(len(h.Publisher)))
	dst = append(dst, h.Publisher...)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(h.Auth)))
	dst = append(dst, h.Auth...)
	return dst, s
}

// signDomain prefixes the bytes a publisher signs, so a header signature can never
// be replayed as another protocol's signature.
const signDomain = "weft/1 header\x00"

// AppendHeader appends the complete header frame to dst, signing it with s, which
// also sets h.Sig and h.Publisher.
func AppendHeader(dst []byte, h *Header, s Signer) ([]byte, error) {
	h.Publisher = s.PublicKey()
	if len(h.Topic) > MaxTopicLen || len(h.Publisher) > 255 || len(h.Auth) > maxAuthLen {
		return dst, fmt.Errorf("%w: header field too long", ErrMalformed)
	}
	dst, start := h.appendUnsigned(dst)
	signed := make([]byte, 0, len(signDomain)+len(dst)-start-EnvelopeLen)
	signed = append(signed, signDomain...)
	signed = append(signed, dst[start+EnvelopeLen:]...)
	sig, err := s.Sign(signed)
	if err != nil {
		return dst[:start], err
	}
	if len(sig) > 255 {
		return dst[:start], fmt.Errorf("%w: signature of %d bytes", ErrMalformed, len(sig))
	}
	h.Sig = sig
	dst = append(dst, byte(len(sig)))
	dst = append(dst, sig...)
	return endFrame(dst, start), nil
}

// ParseHeader parses a header frame (envelope included). It checks syntax only:
// the signature and the strategy fields are checked by the Engine and the strategy.
func ParseHeader(frame []byte) (*Header, error) {
	h := new(Header)
	if err := parseHeader(frame, h); err != nil {
		return nil, err
	}
	return h, nil
}

func parseHeader(frame []byte, h *Header) error {
	t, body, err := splitFrame(frame)
	if err != nil {
		return err
	}
	if t != FrameHeader {
		return fmt.Errorf("%w: %v is not a header", ErrMalformed, t)
	}
	if len(body) < headerFixed+1 {
		return fmt.Errorf("%w: short header", ErrMalformed)
	}
	copy(h.ID[:], body)
	p := body[IDLen:]
	h.Strategy = StrategyID(p[0])
	if p[1] != 0 {
		return fmt.Errorf("%w: reserved header flags %#x", ErrMalformed, p[1])
	}
	h.Size = binary.BigEndian.Uint32(p[2:])
	h.ChunkSize = binary.BigEndian.Uint32(p[6:])
	h.Chunks = binary.BigEndian.Uint16(p[10:])
	h.GenSize = binary.BigEndian.Uint16(p[12:])
	p = p[14:]
	var ok bool
	if h.Topic, p, ok = take8(p); !ok {
		return fmt.Errorf("%w: topic", ErrMalformed)
	}
	if h.Publisher, p, ok = take8(p); !ok {
		return fmt.Errorf("%w: publisher key", ErrMalformed)
	}
	if len(p) < 4 {
		return fmt.Errorf("%w: auth length", ErrMalformed)
	}
	n := binary.BigEndian.Uint32(p)
	p = p[4:]
	if n > maxAuthLen || uint64(n) > uint64(len(p)) {
		return fmt.Errorf("%w: auth length %d", ErrMalformed, n)
	}
	h.Auth, p = p[:n], p[n:]
	if h.Sig, p, ok = take8(p); !ok {
		return fmt.Errorf("%w: signature", ErrMalformed)
	}
	if len(p) != 0 {
		return fmt.Errorf("%w: %d trailing header bytes", ErrMalformed, len(p))
	}
	if h.Chunks == 0 || h.GenSize == 0 || h.ChunkSize == 0 || h.GenSize > h.Chunks {
		return fmt.Errorf("%w: shape chunks=%d gen=%d chunkSize=%d", ErrMalformed, h.Chunks, h.GenSize, h.ChunkSize)
	}
	if uint64(h.Size) > uint64(h.Chunks)*uint64(h.ChunkSize) {
		return fmt.Errorf("%w: size %d exceeds %d chunks of %d", ErrMalformed, h.Size, h.Chunks, h.ChunkSize)
	}
	return nil
}

// signedBytes returns the bytes the publisher signed, appended to dst.
func signedBytes(dst, frame []byte, h *Header) []byte {
	body := frame[EnvelopeLen : len(frame)-1-len(h.Sig)]
	dst = append(dst, signDomain...)
	return append(dst, body...)
}

func take8(p []byte) (field, rest []byte, ok bool) {
	if len(p) < 1 || int(p[0]) > len(p)-1 {
		return nil, p, false
	}
	n := int(p[0])
	return p[1 : 1+n], p[1+n:], true
}
