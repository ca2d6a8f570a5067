module github.com/weftnet/weft/rlnc

go 1.26
