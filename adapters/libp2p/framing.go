package weft

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Framing on a /weft/1 stream: every core frame is preceded by its length as an
// unsigned varint (as go-libp2p-pubsub and go-msgio frame their RPCs). A reader
// checks the length against its cap before it allocates, so a peer can never make
// it hold more than one frame of at most the cap.

// ErrFrameTooLarge is returned by ReadFrame for a length prefix above the cap.
var ErrFrameTooLarge = errors.New("weft/libp2p: frame above the size cap")

// ErrBadPrefix is returned by ReadFrame for a length prefix that is not a valid
// varint or is zero.
var ErrBadPrefix = errors.New("weft/libp2p: bad frame length prefix")

// WriteFrame writes frame with its length prefix to w.
func WriteFrame(w io.Writer, frame []byte) error {
	var p [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(p[:], uint64(len(frame)))
	if _, err := w.Write(p[:n]); err != nil {
		return err
	}
	_, err := w.Write(frame)
	return err
}

// ReadFrame reads one length-prefixed frame of at most maxSize bytes from r into
// a new slice. It returns io.EOF only at a clean end between frames.
func ReadFrame(r *bufio.Reader, maxSize int) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", ErrBadPrefix, err)
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: zero length", ErrBadPrefix)
	}
	if n > uint64(maxSize) {
		return nil, fmt.Errorf("%w: %d bytes, cap %d", ErrFrameTooLarge, n, maxSize)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return buf, nil
}
