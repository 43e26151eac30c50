echo "size: (todo)"
