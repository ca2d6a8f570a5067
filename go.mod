module github.com/weftnet/weft

go 1.26

replace github.com/weftnet/weft/rlnc => ./rlnc
