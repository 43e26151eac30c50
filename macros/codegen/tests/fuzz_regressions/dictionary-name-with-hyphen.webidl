dictionary abc-def2 {
  DOMHighResTimeStamp? C;
};
