package weftgeth

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/p2p"
)

// The devp2p protocol weft/1.
const (
	// ProtocolName is the devp2p capability name.
	ProtocolName = "weft"
	// ProtocolVersion is the devp2p capability version.
	ProtocolVersion = 1
	// FrameMsg is the only message code: its payload is one core frame
	// (docs/spec/wire.md), raw, not RLP-wrapped.
	FrameMsg = 0x00
	// protocolLength is the number of message codes weft/1 uses.
	protocolLength = 1
	// MaxDevp2pMessage is the largest message RLPx can carry (a 24-bit size).
	MaxDevp2pMessage = 1<<24 - 1
)

// Errors that end a weft/1 connection: a peer that breaks the framing is
// disconnected at once.
var (
	ErrFrameTooLarge = errors.New("weft/geth: frame above the size cap")
	ErrEmptyFrame    = errors.New("weft/geth: empty frame")
	ErrUnknownMsg    = errors.New("weft/geth: unknown message code")
)

// Handler runs weft/1 with connected peers; Service implements it. It is the
// narrow interface the protocol is built from, as go-ethereum's eth protocol is
// built from its Backend.
type Handler interface {
	// RunPeer serves one peer that speaks weft/1 until the connection ends or
	// the peer must be dropped (a non-nil error disconnects it).
	RunPeer(p *p2p.Peer, rw p2p.MsgReadWriter) error
	// NodeInfo describes this node's weft/1 for admin_nodeInfo.
	NodeInfo() any
}

// MakeProtocols returns weft/1 for node.Node.RegisterProtocols (call it before
// the node starts). Peers that lack the capability never reach h.
func MakeProtocols(h Handler) []p2p.Protocol {
	return []p2p.Protocol{{
		Name:     ProtocolName,
		Version:  ProtocolVersion,
		Length:   protocolLength,
		Run:      h.RunPeer,
		NodeInfo: h.NodeInfo,
	}}
}

// WriteFrame sends one core frame to a peer as a weft/1 message.
func WriteFrame(w p2p.MsgWriter, frame []byte) error {
	if len(frame) == 0 {
		return ErrEmptyFrame
	}
	if len(frame) > MaxDevp2pMessage {
		return fmt.Errorf("%w: %d bytes", ErrFrameTooLarge, len(frame))
	}
	return w.WriteMsg(p2p.Msg{Code: FrameMsg, Size: uint32(len(frame)), Payload: bytes.NewReader(frame)})
}

// ReadFrame reads the next weft/1 message and returns its frame, in a new
// slice of at most maxSize bytes. Any other message code, an empty frame or one
// above maxSize is an error (the caller drops the peer); so is an I/O error.
func ReadFrame(r p2p.MsgReader, maxSize int) ([]byte, error) {
	msg, err := r.ReadMsg()
	if err != nil {
		return nil, err
	}
	defer func() { _ = msg.Discard() }()
	switch {
	case msg.Code != FrameMsg:
		return nil, fmt.Errorf("%w: %#x", ErrUnknownMsg, msg.Code)
	case msg.Size == 0:
		return nil, ErrEmptyFrame
	case uint64(msg.Size) > uint64(maxSize):
		return nil, fmt.Errorf("%w: %d bytes, cap %d", ErrFrameTooLarge, msg.Size, maxSize)
	}
	buf := make([]byte, msg.Size)
	if _, err := io.ReadFull(msg.Payload, buf); err != nil {
		return nil, err
	}
	return buf, nil
}
